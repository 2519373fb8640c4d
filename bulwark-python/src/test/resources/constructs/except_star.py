try:
    pass
except* ValueError:
    pass
except* (TypeError, KeyError) as eg:
    raise
except *OSError as e:
    pass
else:
    pass
finally:
    pass

try:
    risky()
except* ExceptionGroup:
    pass
