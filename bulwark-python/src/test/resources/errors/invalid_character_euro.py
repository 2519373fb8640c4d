price = 5 €
