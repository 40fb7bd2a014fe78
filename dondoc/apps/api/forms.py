from typing import Any

from django import forms
from django.contrib.auth.models import User
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from dondoc.apps.api.tokens import user_list_managed_by


class ApiTokenForm(forms.Form):
    name = forms.CharField(label=_("Token name"), max_length=100)
    user = forms.ModelChoiceField(label=_("For user"), queryset=User.objects.none())
    is_read_only = forms.BooleanField(label=_("read only"), required=False)
    expires_on = forms.DateField(
        label=_("expires on"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        input_formats=["%Y-%m-%d", "%d/%m/%Y"],
    )

    def __init__(self, *args: Any, manager: User, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["user"]
        field.queryset = user_list_managed_by(manager).order_by("username")  # type: ignore[attr-defined]
        field.initial = manager.pk

    def clean_expires_on(self) -> object:
        expires_on = self.cleaned_data.get("expires_on")
        if expires_on is not None and expires_on < timezone.localdate():
            raise forms.ValidationError(_("The expiry day is already past."))
        return expires_on
