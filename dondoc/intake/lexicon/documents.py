"""Words that name documents in running text."""

from dondoc.core.document_kinds import WORDS

# The kind is the word nearest the number ("thông báo Kết luận số 42" is cited as a Kết luận), so
# only the plain words are used; longest first.
KIND_WORDS: tuple[str, ...] = tuple(
    sorted({words[0] for words in WORDS.values()} | {"Văn bản"}, key=len, reverse=True)
)
