from lxml import etree

name = input()
root = etree.parse("users.xml").getroot()
root.xpath(f"//user[name='{name}']")  # expect: BW905
root.xpath("//user[@id='%s']" % name)  # expect: BW905
finder = etree.XPath("//item[title='" + name + "']")  # expect: BW905
query = "//user[email='{}']".format(name)
root.xpath(query)  # expect: BW905
response.xpath(f"//a[contains(@href, '{name}')]/text()")  # expect: BW905
etree.ETXPath(path="{ns}item[@key='%s']" % name)  # expect: BW905
# expect: BW905
tree.xpath(
    "//node[@name='" + name + "']",
    namespaces=NS,
)

# variables, constants and numbers stay clean
root.xpath("//user[name=$name]", name=name)
etree.XPath("//user[name=$name]")(root, name=name)
root.xpath("//user")
root.xpath(f"//user[position()={int(name)}]")
root.xpath("//item[%d]" % len(name))
root.xpath(name)
root.find(f".//user[@name='{name}']")
