from pysnmp.hlapi import *
from pysnmp.hlapi.v3arch.asyncio import UsmUserData as User, USM_AUTH_HMAC192_SHA256, USM_PRIV_CFB128_AES
from pysnmp.hlapi.v3arch.asyncio import USM_PRIV_NONE

UsmUserData("monitor")  # expect: BW509
UsmUserData("monitor", authKey=None)  # expect: BW509
UsmUserData("monitor", "authkey1")  # expect: BW509
User("monitor", authKey="a", privKey="p", privProtocol=USM_PRIV_NONE)  # expect: BW509
UsmUserData("monitor", "authkey1", "privkey1", usmHMACMD5AuthProtocol, usmAesCfb128Protocol)  # expect: BW509
UsmUserData("monitor", "a", "p", authProtocol=usmHMACSHAAuthProtocol, privProtocol=usmDESPrivProtocol)  # expect: BW509
UsmUserData("usr-md5-des", "authkey1", "privkey1")  # expect: BW509
UsmUserData("monitor", "a", "p", authProtocol=usmHMAC192SHA256AuthProtocol)  # expect: BW509
# expect: BW509
user = User(
    "monitor",
    authKey=key,
)

# look-alikes that must stay clean
User("monitor", "a", "p", authProtocol=USM_AUTH_HMAC192_SHA256, privProtocol=USM_PRIV_CFB128_AES)
UsmUserData("monitor", "a", "p", usmHMAC384SHA512AuthProtocol, usmAesCfb256Protocol)
UsmUserData("monitor", **credentials)
CommunityData("public")


def shadowed(UsmUserData):
    return UsmUserData("monitor")
