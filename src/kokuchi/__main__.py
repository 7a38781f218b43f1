from kokuchi.cli import main

main(prog_name="kokuchi")
