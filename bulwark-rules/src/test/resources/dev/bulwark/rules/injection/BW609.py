import os
import subprocess
from subprocess import getoutput

user = input()
os.system("tar czf /backup/site.tgz *")  # expect: BW609
os.system("chown www-data:www-data *")  # expect: BW609
os.popen("chmod 644 *.log")  # expect: BW609
subprocess.call("rsync -a * backup:/srv", shell=True)  # expect: BW609
subprocess.run(["cd /srv/uploads && /bin/tar cf out.tar *"], shell=True)  # expect: BW609
getoutput(f"sudo -u {user} chown {user} *")  # expect: BW609
# expect: BW609
os.system(
    "cd /tmp; chmod o-w *"
)

# safe forms stay clean
os.system("tar czf /backup/site.tgz -- *")
os.system("chown www-data /srv/data/*")
os.system("chmod 644 ./*")
os.system("tar czf out.tgz '*'")
os.system("ls *")
os.system("echo tar *")
subprocess.run(["tar", "czf", "out.tgz", "*"])
subprocess.run("tar czf out.tgz *", shell=False)
os.system("tar czf out.tgz " + user)
