using System.Collections.Immutable;

namespace SalesDomain.Csv;

/// <summary>
/// The header names accepted for each field of a transactions file, in order of preference (docs/import.md in the repository,
/// "Columns"). Names are compared case-insensitively, with ё = е and spaces, underscores, hyphens and dots ignored;
/// when a header holds two names of one field, the earlier name in the list wins.
/// </summary>
public sealed record ColumnSynonyms
{
    /// <summary>The built-in Russian and English names.</summary>
    public static ColumnSynonyms Default { get; } = new();

    /// <summary>
    /// Client id: client_id, customer_id, Код клиента, Код контрагента, client, customer, Контрагент, Клиент, Покупатель,
    /// Партнер, Заказчик. A code wins over a name when an export has both (names change and repeat, codes do not).
    /// </summary>
    public ImmutableArray<string> Client { get; init; } =
        ["client_id", "customer_id", "Код клиента", "Код контрагента", "client", "customer", "Контрагент", "Клиент", "Покупатель", "Партнер", "Заказчик"];

    /// <summary>Sale date: date, InvoiceDate, order_date, Дата, Период, Дата отгрузки, Дата продажи, Дата документа, Дата реализации.</summary>
    public ImmutableArray<string> Date { get; init; } =
        ["date", "InvoiceDate", "order_date", "sale_date", "Дата", "Период", "Дата отгрузки", "Дата продажи", "Дата документа", "Дата реализации"];

    /// <summary>Amount: amount, revenue, sales, Сумма, Выручка, Сумма продажи, Сумма с НДС, Сумма реализации, Стоимость.</summary>
    public ImmutableArray<string> Amount { get; init; } =
        ["amount", "revenue", "sales", "Сумма", "Выручка", "Сумма продажи", "Сумма с НДС", "Сумма реализации", "Стоимость"];

    /// <summary>Profit: profit, gross_profit, margin, Прибыль, Валовая прибыль, Маржа, Наценка.</summary>
    public ImmutableArray<string> Profit { get; init; } =
        ["profit", "gross_profit", "margin", "Прибыль", "Валовая прибыль", "Маржа", "Маржинальный доход", "Наценка"];

    /// <summary>Quantity: quantity, qty, Количество, Кол-во.</summary>
    public ImmutableArray<string> Quantity { get; init; } = ["quantity", "qty", "Количество", "Кол-во"];

    /// <summary>Manager id: manager_id, manager, Менеджер, Ответственный, Основной менеджер.</summary>
    public ImmutableArray<string> Manager { get; init; } = ["manager_id", "manager", "Менеджер", "Ответственный", "Основной менеджер"];

    /// <summary>Whether the two are equal by content: every field's names element by element in order.</summary>
    public bool Equals(ColumnSynonyms? other) =>
        other is not null && ContentEquality.Sequence(Client, other.Client) && ContentEquality.Sequence(Date, other.Date)
        && ContentEquality.Sequence(Amount, other.Amount) && ContentEquality.Sequence(Profit, other.Profit)
        && ContentEquality.Sequence(Quantity, other.Quantity) && ContentEquality.Sequence(Manager, other.Manager);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(
        ContentEquality.SequenceHash(Client), ContentEquality.SequenceHash(Date), ContentEquality.SequenceHash(Amount),
        ContentEquality.SequenceHash(Profit), ContentEquality.SequenceHash(Quantity), ContentEquality.SequenceHash(Manager));
}
