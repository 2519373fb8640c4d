from Crypto.Cipher import AES, DES3, ARC4
from Crypto.Cipher.AES import MODE_ECB
from Cryptodome.Cipher import Blowfish
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.modes import ECB

key = b"k" * 16
Cipher(algorithms.AES(key), modes.ECB())  # expect: BW305
Cipher(algorithms.AES(key), ECB())  # expect: BW305
AES.new(key, AES.MODE_ECB)  # expect: BW305
AES.new(key, mode=MODE_ECB)  # expect: BW305
Blowfish.new(key, Blowfish.MODE_ECB)  # expect: BW305
AES.new(key)  # expect: BW305
AES.new(key=key)  # expect: BW305
chosen = DES3.MODE_ECB
# expect: BW305
DES3.new(key,
         chosen)

# look-alikes that must stay clean
AES.new(key, AES.MODE_GCM)
AES.new(key, AES.MODE_CBC, b"0" * 16)
AES.new(key, *mode_and_iv)
Cipher(algorithms.AES(key), modes.CBC(b"0" * 16))
ARC4.new(key)
AES.new(key, *rest)
AES.new(key, **options)
if AES.MODE_ECB == 1:
    pass
