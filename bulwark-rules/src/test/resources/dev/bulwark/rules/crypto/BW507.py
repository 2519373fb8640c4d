import paramiko
from paramiko import SSHClient, WarningPolicy
from paramiko.client import AutoAddPolicy as Auto

client = SSHClient()
client.set_missing_host_key_policy(paramiko.AutoAddPolicy())  # expect: BW507
client.set_missing_host_key_policy(WarningPolicy())  # expect: BW507
client.set_missing_host_key_policy(Auto)  # expect: BW507
client.set_missing_host_key_policy(policy=paramiko.client.WarningPolicy())  # expect: BW507
# expect: BW507
client.set_missing_host_key_policy(
    paramiko.AutoAddPolicy()
)


class Deployer:
    def connect(self):
        self.ssh.set_missing_host_key_policy(paramiko.AutoAddPolicy())  # expect: BW507

# look-alikes that must stay clean
client.set_missing_host_key_policy(paramiko.RejectPolicy())
client.set_missing_host_key_policy(custom_policy)
client.load_system_host_keys()
other.set_policy(paramiko.AutoAddPolicy())
policy = paramiko.AutoAddPolicy
