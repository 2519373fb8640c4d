import os, tempfile
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "a.txt")
    with open(p, "w") as f:
        f.write("temp")
    with open(p) as f:
        print("tempdir", f.read())
with tempfile.NamedTemporaryFile("w+") as f:
    f.write("named")
    f.seek(0)
    print("named", f.read())
