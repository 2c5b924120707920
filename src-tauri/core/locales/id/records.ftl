### records
