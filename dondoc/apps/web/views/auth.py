"""Sign-in forms, the site's and the admin's, both behind the one throttle of ``sign_in``."""

from typing import Any

from django.contrib import admin
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth import views as auth_views
from django.contrib.auth.forms import AuthenticationForm
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _

from dondoc.apps.web.sign_in import client_address, sign_in_attempt_admit, sign_in_succeeded

THROTTLED = _("Too many failed sign-ins. Try again in a few minutes.")


class ThrottledAuthenticationForm(AuthenticationForm):
    """Checks the password only when the account and the address are not locked."""

    error_messages = {**AuthenticationForm.error_messages, "throttled": THROTTLED}

    def clean(self) -> dict[str, Any]:
        username = str(self.data.get("username", ""))
        address = client_address(self.request) if self.request else ""
        if not sign_in_attempt_admit(username=username, address=address):
            raise ValidationError(self.error_messages["throttled"], code="throttled")
        cleaned = super().clean()
        sign_in_succeeded(username=username, address=address)
        return cleaned


class ThrottledAdminAuthenticationForm(ThrottledAuthenticationForm, AdminAuthenticationForm):
    error_messages = {**AdminAuthenticationForm.error_messages, "throttled": THROTTLED}


# Outside the request's transaction, so the counters are committed at once (every worker sees
# them) and a row lock is not held while the password hash is computed.
@method_decorator(transaction.non_atomic_requests, name="dispatch")
class LoginView(auth_views.LoginView):
    template_name = "web/login.html"
    authentication_form = ThrottledAuthenticationForm
    redirect_authenticated_user = True


@transaction.non_atomic_requests
def admin_login(request: HttpRequest) -> HttpResponse:
    """The admin's own sign-in page (its form is set in config/urls.py), outside a transaction."""
    return admin.site.login(request)
