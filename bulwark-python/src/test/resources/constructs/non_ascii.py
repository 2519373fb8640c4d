# Columns in UTF-8 bytes: every position after a non-ASCII char shifts.
名前 = "値"
café = 1; naïve = café + 1
π = 3.14159
Δx = x_1 - x_0
s = "日本語テキスト"; t = s
emoji = "😀😀"; after = emoji
ﬁ = 1
def 関数(引数: 型 = "既定") -> 戻り値:
    return 引数
class Ünïcödé:
    ä: int = 0
print(f"{名前} is {café!r:>{π}}")
x = "é" + "ü" + 名前
obj.атрибут = "значение"
ℌ = 1
𝔘𝔫𝔦 = 2
comment_after = 1  # コメント
(α, β) = (β, α)
