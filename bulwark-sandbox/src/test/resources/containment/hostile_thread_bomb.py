# Starts threads until refused, then keeps them alive.
import threading, time
n = 0
try:
    while True:
        threading.Thread(target=time.sleep, args=(30,), daemon=True).start()
        n += 1
except Exception as e:
    print("stopped after", n, type(e).__name__)
