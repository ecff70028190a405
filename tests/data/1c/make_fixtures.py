# Writes the 1C-style text fixtures of this folder (run: python3 make_fixtures.py).
# The same rows are in sales.xlsx, written with MiniExcel (see README.md).
rows = [
    ('ООО "Ромашка"', "15.01.2024 10:15:00", "1\u00a0234,50", "234,50", "3", "Иванов И.И."),
    ("ИП Ёлкин А.В.", "16.01.2024 0:00:00", "870,00", "120,00", "1", "Петрова Е.С."),
    ("АО Север; филиал", "31.01.2024 17:45:10", "12 500,00", "2 100,00", "10", "Иванов И.И."),
    ('ООО "Ромашка"', "05.02.2024 9:05:00", "-500,00", "-80,00", "-1", "Иванов И.И."),
    ("Елкин А.В.", "14.02.24", "99,90", "", "1", ""),
    ("ИП Ёлкин А.В.", "29.02.2024 12:00:00", "1 050,75", "150,75", "2", "Петрова Е.С."),
    ("АО Север; филиал", "01.03.2024 8:00:00", "3\u202f000", "400", "4", "Иванов И.И."),
    ('ООО "Ромашка"', "28.03.2024 16:30:00", "2 469,00", "469,00", "6", "Иванов И.И."),
]
title = [
    'Валовая прибыль предприятия;;;;;',
    'Период: 01.01.2024 - 31.03.2024;;;;;',
    ';;;;;',
]
header = "Контрагент;Дата;Сумма;Валовая прибыль;Количество;Менеджер"

def q(field):
    return '"' + field.replace('"', '""') + '"' if any(c in field for c in '";\n') else field

lines = title + [header] + [";".join(q(f) for f in r) for r in rows]
text = "\r\n".join(lines) + "\r\n"
open("sales_utf8.csv", "wb").write(text.encode("utf-8"))
open("sales_utf8_bom.csv", "wb").write(b"\xef\xbb\xbf" + text.encode("utf-8"))
open("sales_utf16.csv", "wb").write(b"\xff\xfe" + text.encode("utf-16-le"))
# Windows-1251 has no narrow no-break space: 1C writes a no-break space there.
open("sales_1251.csv", "wb").write(text.replace("\u202f", "\u00a0").encode("cp1251"))

quoted = '"customer_id","date","amount"\n"c1","2024-01-15","1234.50"\n"c2","2024-01-16","870"\n"c,3","2024-02-01","12.5"\n'
open("quoted_header.csv", "w", encoding="utf-8", newline="").write(quoted)

mixed = "\n".join([
    "client_id;date;amount",
    "k1;15.01.2024;100,50",         # 2 ok
    ";15.01.2024;10",               # 3 empty client
    "NA;15.01.2024;10",             # 4 missing-value marker
    "k2;31.02.2024;10",             # 5 no such date
    "k3;15.01.2024;1,234",          # 6 ambiguous
    "k4;15.01.2024;12;7",           # 7 more fields than the header
    "k5;15.01.2024;12345678901234567890123456789", # 8 more than 28 significant digits
    'k6;15.01.2024;"open',          # 9 unclosed quote
    "k7;2024-01-16;2 500,00",       # 10 ok
    "",                             # 11 blank, not a data row
    "k8;16.01.24;1e3",              # 12 exponent
    "k9;16.01.2024;₽ 75",           # 13 ok, currency sign
]) + "\n"
open("mixed_rows.csv", "w", encoding="utf-8", newline="").write(mixed)
