"""Article pages a member points at: fetch, extract, analyse, cache."""
