from pysnmp.hlapi import *
from pysnmp.hlapi.v3arch.asyncio import CommunityData as AsyncCommunity
from pysnmp.entity.rfc3413.oneliner import cmdgen

CommunityData("public", mpModel=0)  # expect: BW508
CommunityData("public")  # expect: BW508
AsyncCommunity("private", mpModel=1)  # expect: BW508
cmdgen.CommunityData("public")  # expect: BW508
# expect: BW508
auth = CommunityData(
    "agent",
    "public",
    version,
)

# look-alikes that must stay clean
UsmUserData("user", "authkey", "privkey")
netsnmp.CommunityData("public")


class CommunityData2:
    pass


CommunityData2("public")


def shadowed(CommunityData):
    return CommunityData("public")
