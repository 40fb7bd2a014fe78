# Per-area board versions (#7, decision 0015).

from django.db import migrations, models


def drop_rows(apps, schema_editor):
    """The single row counted every write in the country: it has no area to become. The cache
    keys are named anew (selectors._cached), so no count cached under it is read again; each
    area's row is created by the first write to its directives."""
    apps.get_model("directives", "BoardVersion").objects.all().delete()


class Migration(migrations.Migration):

    dependencies = [
        ("directives", "0004_board_version"),
    ]

    operations = [
        migrations.RunPython(drop_rows, drop_rows),
        migrations.AddField(
            model_name="boardversion",
            name="area",
            field=models.CharField(max_length=17, unique=True, default=""),
            preserve_default=False,
        ),
    ]
