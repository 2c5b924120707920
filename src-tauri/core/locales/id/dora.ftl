### dora
