# Bulwark sandbox bootstrap: runs first inside the sandbox, in the guest's own process.
# argv: bootstrap.py RLIMITS TRACE_FD SCRIPT [ARGS...]
#   RLIMITS   comma-separated NAME=SOFT:HARD (resource.RLIMIT_NAME), applied before the script runs;
#             hard limits cannot be raised again by an unprivileged process
#   TRACE_FD  descriptor for the behaviour log (one JSON object per line), or -1
# The audit hooks are evidence the guest reports about itself, not a boundary: code that
# reaches ctypes can write to the same descriptor or bypass the hooks.
import sys


def _limits(spec):
    import resource
    for item in filter(None, spec.split(",")):
        name, value = item.split("=")
        soft, hard = (int(v) for v in value.split(":"))
        resource.setrlimit(getattr(resource, "RLIMIT_" + name.upper()), (soft, hard))


def _trace(fd):
    import os
    import json

    watched = ("import", "open", "socket.", "subprocess.", "os.system", "os.exec", "os.posix_spawn",
               "os.spawn", "os.fork", "os.kill", "os.remove", "os.rename", "os.symlink", "os.link",
               "shutil.", "ctypes.", "pickle.", "marshal.load", "urllib.Request", "http.client.",
               "compile", "os.chmod", "os.chown", "os.mkdir", "os.rmdir", "os.truncate")
    # reads of the interpreter's own files (the import system) are noise, not behaviour
    quiet_dirs = tuple({sys.prefix, sys.base_prefix, sys.exec_prefix, "/bulwark"})
    skip_imports = set(sys.modules)
    budget = [4096]

    def text(value):
        if isinstance(value, (str, int, float, bool)) or value is None:
            return value
        if isinstance(value, bytes):
            return value[:200].decode("utf-8", "replace")
        if isinstance(value, (tuple, list)):
            return [text(v) for v in value[:8]]
        return type(value).__name__

    def hook(event, args):
        if budget[0] <= 0 or not event.startswith(watched):
            return
        if event == "import" and args and args[0] in skip_imports:
            return
        if event == "marshal.loads":  # every cached module the import system loads
            return
        if event == "import":  # the module and, for an extension, its file; not the whole search path
            args = tuple(a for a in args[:2] if a is not None)
        if event == "open" and args and isinstance(args[0], str) and args[0].startswith(quiet_dirs) \
                and (len(args) < 2 or args[1] in (None, "r", "rb")):
            return
        if event == "compile":  # only code built from a string at run time, not modules being imported
            if len(args) < 2 or not isinstance(args[1], str) or not args[1].startswith("<"):
                return
            args = (text(args[0])[:200] if isinstance(args[0], (str, bytes)) else "<ast>", args[1])
        budget[0] -= 1
        try:
            line = json.dumps({"event": event, "args": text(tuple(args))}, ensure_ascii=False)
            os.write(fd, (line[:2000] + "\n").encode("utf-8", "replace"))
        except Exception:
            pass

    sys.addaudithook(hook)


def _main():
    limits, trace_fd, script = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    _limits(limits)
    sys.argv = sys.argv[3:]
    import os
    sys.path[0] = os.getcwd()
    if trace_fd >= 0:
        _trace(trace_fd)
    import runpy
    runpy.run_path(script, run_name="__main__")


_main()
