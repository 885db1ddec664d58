"""Čavororo: a messaging bot for Roma parents of young children in Zemun."""
