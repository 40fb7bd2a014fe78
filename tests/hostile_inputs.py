"""Our own list of hostile inputs, run against every parser and endpoint."""

HOSTILE_STRINGS: tuple[str, ...] = (
    "",
    " ",
    "\x00",
    "\ufeff",
    "\u200b\u200b",
    "<script>alert('x')</script>",
    "<img src=x onerror=alert(1)>",
    "'; DROP TABLE orgs_orgunit; --",
    "1' OR '1'='1",
    "Robert'); DELETE FROM directives_directive;--",
    "{{ 7*7 }}",
    "${jndi:ldap://127.0.0.1/a}",
    "../../etc/passwd",
    "\u202etxt.exe",
    "Nghi\u0323 quyê\u0301t",  # NFD
    "quý XIV/2017",
    "tháng 13/2017",
    "62-NQ/",
    "/NQ-TU",
    "9" * 5000,
    "quý " * 10000,
    "Đ" * 100_000,
    "\udcff",  # a lone surrogate, as left by a bad decode
    "%s%s%s%n",
    "-" * 1000,
    "１２３",  # full-width digits
    "²³",  # digits to str.isdigit() that int() refuses (#8)
)
