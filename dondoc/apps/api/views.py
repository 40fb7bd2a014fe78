"""The token pages (/api/tokens/): a user's own tokens, and an administrator's users' tokens."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from dondoc.apps.api.forms import ApiTokenForm
from dondoc.apps.api.tokens import api_token_create, api_token_list_managed_by, api_token_revoke
from dondoc.apps.web.requests import signed_in


@login_required
def token_list(request: HttpRequest) -> HttpResponse:
    user = signed_in(request)
    form = ApiTokenForm(request.POST or None, manager=user)
    secret = ""
    if request.method == "POST" and form.is_valid():
        _token, secret = api_token_create(created_by=user, **form.cleaned_data)
    context = {
        "form": form,
        "secret": secret,
        "tokens": api_token_list_managed_by(user),
    }
    return render(request, "api/tokens.html", context)


@login_required
@require_POST
def token_revoke(request: HttpRequest, pk: int) -> HttpResponse:
    user = signed_in(request)
    api_token = get_object_or_404(api_token_list_managed_by(user), pk=pk)
    api_token_revoke(api_token, by=user)
    messages.success(request, "✓")
    return redirect("api_tokens")
