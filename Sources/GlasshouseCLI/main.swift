print("glasshouse")
