import paramiko

client = paramiko.SSHClient()
client.connect("backup.example.org")
host = input()
client.exec_command("uptime")  # expect: BW601
stdin, stdout, stderr = client.exec_command(f"ping -c 1 {host}")  # expect: BW601
channel = client.get_transport().open_session()
channel.exec_command(command="ls " + host)  # expect: BW601


def run(ssh, cmd):
    return ssh.exec_command(cmd)  # expect: BW601


# look-alikes that must stay clean
client.invoke_shell()
client.exec_commands(host)
