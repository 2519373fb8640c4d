# Sleeps past the wall-clock limit.
import time
time.sleep(60)
print("SURVIVED")
