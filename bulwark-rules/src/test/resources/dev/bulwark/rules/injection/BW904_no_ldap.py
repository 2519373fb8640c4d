import elasticsearch

client = elasticsearch.Elasticsearch()
client.search("index", f"(name={input()})")
