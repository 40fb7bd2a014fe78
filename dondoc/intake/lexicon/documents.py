"""Words that name documents in running text, and the words that introduce their issuer."""

from dondoc.core.document_kinds import WORDS

# Every kind word, longest first so "Thông báo kết luận" wins over "Thông báo".
KIND_WORDS: tuple[str, ...] = tuple(
    sorted(
        {word for words in WORDS.values() for word in words} | {"Văn bản"}, key=len, reverse=True
    )
)
# "thông báo Kết luận số 42-TB/KL": the kind is the word nearest the number.
ISSUER_INTRO = ("của", "do")
