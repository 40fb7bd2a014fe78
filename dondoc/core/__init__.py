"""The pure domain core: values, rules and evaluations, with no framework and no I/O."""
