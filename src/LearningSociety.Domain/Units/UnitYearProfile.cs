namespace LearningSociety.Domain.Units;

/// <summary>
/// Facts about a unit that change every year: whether a commune is on the official list of
/// disadvantaged communes (ĐBKK / vùng DTTS), and the adult population that CDHT shares divide by.
/// </summary>
public sealed class UnitYearProfile
{
    private UnitYearProfile()
    {
    }

    public UnitYearProfile(int unitId, int year, bool isDisadvantaged, int? adultPopulation)
    {
        UnitId = unitId;
        Year = year;
        IsDisadvantaged = isDisadvantaged;
        AdultPopulation = adultPopulation;
        ConcurrencyStamp = Guid.NewGuid();
        Update(isDisadvantaged, adultPopulation);
    }

    public int Id { get; private set; }

    public int UnitId { get; private set; }

    public AdministrativeUnit Unit { get; private set; } = null!;

    public int Year { get; private set; }

    public bool IsDisadvantaged { get; private set; }

    public int? AdultPopulation { get; private set; }

    /// <summary>Renewed by every change: a save from a form opened before someone else's save is refused, not applied over it.</summary>
    public Guid ConcurrencyStamp { get; private set; }

    public void Update(bool isDisadvantaged, int? adultPopulation)
    {
        if (adultPopulation is < 0)
        {
            throw new DomainException("Dân số trong độ tuổi lao động không được âm.", nameof(AdultPopulation));
        }

        if (isDisadvantaged == IsDisadvantaged && adultPopulation == AdultPopulation)
        {
            return;
        }

        IsDisadvantaged = isDisadvantaged;
        AdultPopulation = adultPopulation;
        ConcurrencyStamp = Guid.NewGuid();
    }
}
