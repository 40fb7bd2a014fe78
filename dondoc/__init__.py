"""dondoc: the system of record for following up and urging government work."""

__version__ = "0.1.0"
