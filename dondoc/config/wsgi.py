import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dondoc.config.settings")
application = get_wsgi_application()
# What the worker has loaded lives as long as it does: the collector stops scanning it (a full
# collection over the loaded apps cost about a millisecond a page, #7).
gc.freeze()
