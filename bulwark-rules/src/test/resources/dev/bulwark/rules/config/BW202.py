import shutil
import tarfile
import zipfile


def unpack(upload, dest):
    with tarfile.open(upload) as tar:
        tar.extractall(dest)  # expect: BW202
    tar2 = tarfile.open(upload, "r:gz")
    tar2.extractall(dest, members=tar2.getmembers())  # expect: BW202
    tar2.extract("etc/passwd", dest)  # expect: BW202
    tarfile.TarFile(upload).extractall(dest, filter="fully_trusted")  # expect: BW202
    tarfile.open(upload).extractall(dest, filter=tarfile.fully_trusted_filter)  # expect: BW202
    tar2.extractall(dest, **options)
    shutil.unpack_archive(upload, dest)  # expect: BW202


def unknown(archive, dest):
    archive.extractall(dest)  # expect: BW202


# look-alikes that must stay clean
def safe(upload, dest):
    with tarfile.open(upload) as tar:
        tar.extractall(dest, filter="data")
        tar.extractall(dest, filter=tarfile.data_filter)
        tar.extractall(dest, filter=my_filter)
        tar.extractall(dest, members=safe_members(tar))
        tar.extract("a.txt", dest, filter="tar")
    with zipfile.ZipFile(upload) as z:
        z.extractall(dest)
    shutil.unpack_archive(upload, dest, filter="data")
    archive = zipfile.ZipFile(upload)
    archive.extractall(dest)
    pattern.extract("x")
    shutil.unpack_archive(upload, dest, **options)
