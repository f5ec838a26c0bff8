using LearningSociety.Reporting;

namespace LearningSociety.Reporting.Tests;

public class TableHeaderPlacement
{
    [Fact]
    public void CellsOfALowerHeaderRowTakeTheColumnsNotCoveredByRowSpansFromAbove()
    {
        var table = SampleReport.Table(1);

        var nhom1 = table.HeaderCells.Single(c => c.Cell.Text == "Nhóm 1");
        var tong = table.HeaderCells.Single(c => c.Cell.Text == "Tổng");
        var ghiChu = table.HeaderCells.Single(c => c.Cell.Text == "Ghi chú");
        Assert.Equal((1, 3), (nhom1.Row, nhom1.Column));
        Assert.Equal((1, 6), (tong.Row, tong.Column));
        Assert.Equal((0, 9), (ghiChu.Row, ghiChu.Column));
    }

    [Fact]
    public void AHeaderThatLeavesAColumnUncoveredIsRejected()
    {
        ReportColumn[] columns = [new("A"), new("B"), new("C")];
        ReportHeaderCell[][] header = [[new("A", rowSpan: 2), new("B và C", columnSpan: 2)], ["B"]];

        var error = Assert.Throws<ArgumentException>(() => new ReportTable(columns, [], header));
        Assert.Contains("column 3", error.Message);
    }

    [Fact]
    public void ABodyRowWiderThanTheTableIsRejected()
    {
        ReportColumn[] columns = [new("A"), new("B")];

        Assert.Throws<ArgumentException>(() => new ReportTable(columns, [new ReportRow(ReportCell.Text("x").Spanning(2), 1)]));
    }

    [Fact]
    public void ShortBodyRowsArePaddedWithEmptyCells()
    {
        var table = new ReportTable([new("A"), new("B"), new("C")], [new ReportRow("x")]);

        var cells = table.PlaceCells(table.Rows[0]).ToList();
        Assert.Equal([0, 1, 2], cells.Select(c => c.Column));
        Assert.Null(cells[2].Cell.Value);
    }
}
