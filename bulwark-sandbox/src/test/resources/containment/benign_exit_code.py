import sys
print("before exit")
sys.stderr.write("something went wrong\n")
sys.exit(3)
