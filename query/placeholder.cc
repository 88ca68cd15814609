// placeholder until the query engine lands
