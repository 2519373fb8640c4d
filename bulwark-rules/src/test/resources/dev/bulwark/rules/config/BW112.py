def process(rows):
    for row in rows:
        try:
            handle(row)
        except Exception:  # expect: BW112
            continue
        try:
            handle(row)
        except:  # expect: BW112
            continue
    while rows:
        try:
            handle(rows.pop())
        except (BaseException,):  # expect: BW112
            continue


# look-alikes that must stay clean
def specific(rows):
    for row in rows:
        try:
            handle(row)
        except ValueError:
            continue
        try:
            handle(row)
        except Exception:
            log(row)
            continue
        try:
            handle(row)
        except Exception:
            pass
