"""Excel lists of directives brought in: columns recognised, rows checked, then all or nothing."""
