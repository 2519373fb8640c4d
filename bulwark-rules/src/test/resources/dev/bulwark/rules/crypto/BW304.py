from Crypto.Cipher import ARC4, DES, AES, DES3, Blowfish as BF
from Cryptodome.Cipher import ARC2, XOR, CAST
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.decrepit.ciphers.algorithms import SEED, CAST5

key = b"k" * 16
DES.new(key, DES.MODE_CBC, b"12345678")  # expect: BW304
ARC4.new(key)  # expect: BW304
BF.new(key, BF.MODE_ECB)  # expect: BW304
ARC2.new(key, ARC2.MODE_CFB, iv=b"x" * 8)  # expect: BW304
XOR.new(key)  # expect: BW304
CAST.new(key, CAST.MODE_OFB)  # expect: BW304
Cipher(algorithms.ARC4(key), mode=None)  # expect: BW304
Cipher(algorithms.Blowfish(key), modes.CBC(b"0" * 8))  # expect: BW304
Cipher(algorithms.IDEA(key), modes.CBC(b"0" * 8))  # expect: BW304
Cipher(SEED(key), modes.CBC(b"0" * 16))  # expect: BW304
# expect: BW304
cipher = CAST5(
    key)

# look-alikes that must stay clean
AES.new(key, AES.MODE_GCM)
DES3.new(key, DES3.MODE_CBC, b"12345678")
Cipher(algorithms.AES(key), modes.GCM(b"0" * 12))
algorithms.ChaCha20(key, b"0" * 16)



def shadowed(DES):
    DES.new(key)
