#!/usr/bin/env python3
"""Generates the synthetic sales department of tests/data/department (deterministic: the same files every run).

A wholesale distributor as a 1C:CRM export writes it: four managers, 120 clients over 2024-01..2025-12 with steady,
seasonal, erratic, lapsed and new buyers and a few returns; a contact log; open, won and lost deals; monthly plans.
Semicolons, decimal commas, dd.MM.yyyy dates and Russian headers, UTF-8 with BOM.
"""
import random
from datetime import date, timedelta

rng = random.Random(20251220)
managers = ["Иванов И.И.", "Петрова А.С.", "Сидоров П.Н.", "Кузнецова Е.В."]
discipline = {"Иванов И.И.": 0.95, "Петрова А.С.": 0.8, "Сидоров П.Н.": 0.45, "Кузнецова Е.В.": 0.7}
kinds = ["steady"] * 30 + ["seasonal"] * 25 + ["erratic"] * 35 + ["lapsed"] * 15 + ["new"] * 15
clients = []
for i, kind in enumerate(kinds):
    name = f'ООО "Клиент {i + 1:03d}"'
    size = rng.choice([8_000, 15_000, 30_000, 60_000, 120_000]) * (3 if i % 17 == 0 else 1)
    clients.append((f"K{i + 1:03d}", name, managers[i % 4], kind, size))

def months():
    for y in (2024, 2025):
        for m in range(1, 13):
            yield y, m

def money(x):
    return f"{x:.2f}".replace(".", ",")

sales = []
for cid, name, manager, kind, size in clients:
    for y, m in months():
        index = (y - 2024) * 12 + m
        if kind == "steady":
            buys = [size * rng.uniform(0.9, 1.1)]
        elif kind == "seasonal":
            buys = [size * (2.2 if m in (3, 4, 9, 10) else 0.45) * rng.uniform(0.85, 1.15)]
        elif kind == "erratic":
            buys = [size * rng.uniform(0.5, 3.0)] if rng.random() < 0.3 else []
        elif kind == "lapsed":
            buys = [size * rng.uniform(0.8, 1.2)] if index <= 14 and rng.random() < 0.8 else []
        else:  # new: first purchase in 2025
            buys = [size * rng.uniform(0.6, 1.4)] if index >= 15 + (int(cid[1:]) % 6) and rng.random() < 0.7 else []
        for amount in buys:
            day = date(y, m, rng.randint(1, 28))
            if day > date(2025, 12, 20):
                continue
            sales.append((name, cid, day, amount, manager))
            if rng.random() < 0.03:
                sales.append((name, cid, day + timedelta(days=2), -round(amount * 0.2, 2), manager))

sales.sort(key=lambda s: (s[2], s[1]))
with open("sales.csv", "w", encoding="utf-8-sig", newline="\r\n") as f:
    f.write("Контрагент;Код контрагента;Дата;Сумма;Менеджер\n")
    for name, cid, day, amount, manager in sales:
        f.write(f'"{name.replace(chr(34), chr(34) * 2)}";{cid};{day:%d.%m.%Y};{money(amount)};{manager}\n')

with open("contacts.csv", "w", encoding="utf-8-sig", newline="\r\n") as f:
    f.write("Код контрагента;Менеджер;Дата;Вид контакта;Результат\n")
    for cid, name, manager, kind, size in clients:
        for m in (10, 11, 12):
            for _ in range(3):
                if rng.random() < discipline[manager]:
                    day = date(2025, m, rng.randint(1, 20 if m == 12 else 28))
                    what = rng.choice(["звонок", "звонок", "встреча", "визит"])
                    f.write(f"{cid};{manager};{day:%d.%m.%Y};{what};{rng.choice(['обсудили заказ', 'перезвонить', 'отправлено КП'])}\n")

stages = ["Расчёт отправлен", "Предложение устраивает", "Согласовано с ЛПР", "Известна дата заказа", "Выставлен счёт"]
with open("deals.csv", "w", encoding="utf-8-sig", newline="\r\n") as f:
    f.write("deal_id;client_id;manager_id;amount;stage;expected_close;status;loss_reason;next_step;stage_since;close_date\n")
    for d in range(60):
        cid, name, manager, kind, size = clients[rng.randrange(len(clients))]
        stage = rng.choice(stages)
        status = rng.choices(["open", "won", "lost"], [0.6, 0.25, 0.15])[0]
        loss = rng.choice(["Цена", "Конкурент", "Нет бюджета"]) if status == "lost" else ""
        close = date(2026, rng.randint(1, 3), rng.randint(1, 28)) if status == "open" else date(2025, rng.randint(9, 12), rng.randint(1, 15))
        since = date(2025, rng.randint(9, 12), rng.randint(1, 15))
        closed = close.strftime("%d.%m.%Y") if status == "won" else ""
        step = rng.choice(["Отправить договор 22.12.2025", "Думают", "Встреча с ЛПР 15.01.2026", ""]) if status == "open" else ""
        f.write(f"D{d + 1:03d};{cid};{manager};{money(size * rng.uniform(1, 4))};{stage};{close:%d.%m.%Y};{status};{loss};{step};{since:%d.%m.%Y};{closed}\n")

with open("targets.csv", "w", encoding="utf-8-sig", newline="\r\n") as f:
    f.write("Менеджер;Месяц;План\n")
    for manager in managers:
        base = sum(s[3] for s in sales if s[4] == manager and s[2].year == 2024) / 12
        for m in range(1, 13):
            f.write(f"{manager};{m:02d}.2025;{money(round(base * 1.1, -3))}\n")
