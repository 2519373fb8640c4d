from app import repo


def lookup(order_id):
    return repo.fetch_order(order_id.strip())


def lookup_typed(order_id):
    return repo.fetch_order_typed(order_id)
