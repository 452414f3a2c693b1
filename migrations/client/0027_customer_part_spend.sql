-- What a customer spent per part at every branch (issue 7): head office's top 30 parts as {"<part id>": centavos},
-- as of customers.server_acked_seq; the card's favourite categories add this counter's lines not in it yet.

ALTER TABLE customers ADD COLUMN part_spend TEXT; -- NULL: none from the server yet
