"""What a reviewer's browser posts back from the intake review page for its directives."""


def directive_fields(context, *, keep, **changes):
    """The directive rows of a review page's ``context`` posted as shown, keeping the rows whose
    index is in ``keep``; ``changes`` replaces fields ("directive-0-lead": pk …)."""
    form = {"directive-row": [], "directive": []}
    for row in context["directives"]:
        index = row.index
        form["directive-row"].append(str(index))
        if index in keep:
            form["directive"].append(str(index))
        form[f"directive-{index}-text"] = row.text
        form[f"directive-{index}-speaker"] = row.speaker
        form[f"directive-{index}-lead"] = row.lead_id or ""
        form[f"directive-{index}-co"] = [str(pk) for pk in sorted(row.co_ids)]
        form[f"directive-{index}-deadline_kind"] = "date" if row.has_deadline else "none"
        form[f"directive-{index}-due_on"] = row.due_on
    form["directives-document"] = context["directives_document"]
    return {**form, **changes}
