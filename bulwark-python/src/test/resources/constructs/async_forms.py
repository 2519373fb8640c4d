async def main():
    await asyncio.sleep(1)
    async with lock:
        pass
    async with a as b, c as d:
        pass
    async with (a as b, c):
        pass
    async for x in aiter():
        pass
    else:
        pass
    async for a, b in pairs: pass
    r = [x async for x in aiter() if await ok(x)]
    s = {x async for x in aiter()}
    t = {k: v async for k, v in aitems()}
    g = (x async for x in aiter())
    u = [await y for y in ys]
    return await (await f())

@decorated
async def deco(): ...

class C:
    async def method(self): await self.other()

async def gen():
    yield 1
    await x
