from concurrent.futures import ThreadPoolExecutor
with ThreadPoolExecutor(max_workers=8) as pool:
    print("threads", sum(pool.map(lambda x: x * x, range(100))))
