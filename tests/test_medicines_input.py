"""My medicines are validated with the same rules as entries, naming the field."""

from __future__ import annotations

import pytest

from crampdiary.core.errors import InputError
from crampdiary.core.medicines import MedicineIn


@pytest.mark.parametrize("data, field", [
    ({"name": "tizanidine", "form": "spray"}, "form"),  # patch and inhaler are forms (v2)
    ({"name": "tizanidine", "note": "a\x00b"}, "note"),
    ({"name": "tizanidine", "note": "x" * 2001}, "note"),
    ({"name": "tizanidine", "schedule": "25:00"}, "schedule"),
    ({"name": "tizanidine", "started_on": "2026-03-02", "stopped_on": "2026-03-01"}, "stopped_on"),
    ({"name": " "}, "name"),
])
def test_bad_medicine_fields_are_named(data, field):
    with pytest.raises(InputError) as e:
        MedicineIn.checked(data)
    assert e.value.field == field


def test_good_medicine():
    m = MedicineIn.checked({"name": " Zanaflex ", "form": "Tablet", "schedule": "20:00;8:00"})
    assert m.name == "Zanaflex" and m.form == "tablet" and m.schedule == ["08:00", "20:00"]


@pytest.mark.parametrize("bad", ["0", "-2", "abc", "1e400", "nan", True, 1e6])
def test_strength_is_a_positive_number_of_mg(bad):
    from crampdiary.core.errors import InputError
    from crampdiary.core.medicines import MedicineIn

    with pytest.raises(InputError) as err:
        MedicineIn.checked({"name": "tizanidine", "strength_mg": bad})
    assert err.value.field == "strength_mg"


def test_strength_is_saved_and_listed(data_dir):
    from crampdiary.core.db import open_diary
    from crampdiary.core.use_cases import list_medicines, save_medicine

    d = open_diary()
    save_medicine(d, {"name": "Zanaflex", "unit": "tablet", "usual_amount": 1, "strength_mg": "4"})
    (med,) = list_medicines(d)
    assert (med.drug_key, med.strength_mg) == ("tizanidine", 4.0)
    d.close()
