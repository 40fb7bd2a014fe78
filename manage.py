#!/usr/bin/env python
"""Django's command-line utility; `dondoc` is the user-facing command."""

import os
import sys

if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dondoc.config.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
