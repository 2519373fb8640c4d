from xmlrpc.server import SimpleXMLRPCServer

server = SimpleXMLRPCServer(("localhost", 8000))
server.register_instance(Api(), allow_dotted_names=True)  # expect: BW942
server.register_instance(Api(), True)  # expect: BW942
# expect: BW942
server.register_instance(
    Api(),
    allow_dotted_names=1,
)

# look-alikes that must stay clean
server.register_instance(Api())
server.register_instance(Api(), allow_dotted_names=False)
server.register_function(pow)
server.register_instance(Api(), allow_dotted_names=flag)
register_instance(Api(), allow_dotted_names=True)
