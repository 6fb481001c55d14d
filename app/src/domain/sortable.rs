//! The rules of the builder's drag and drop, apart from the browser: a few lists of items
//! (pages of questions) addressed by stable keys, never by index, and the steps a keyboard or a
//! pointer makes through them. The island keeps the DOM in step with these; the server applies
//! the result as one `Edit::MoveQuestionTo`.

/// Lists of item keys, each with a key of its own (a page's, holding its questions' keys).
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Lists {
    pub lists: Vec<(String, Vec<String>)>,
}

/// Where an item is: the list's key and the index in it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place {
    pub list: String,
    pub index: usize,
}

impl Lists {
    /// (list index, item index) of `item`.
    fn locate(&self, item: &str) -> Option<(usize, usize)> {
        self.lists
            .iter()
            .enumerate()
            .find_map(|(l, (_, items))| items.iter().position(|k| k == item).map(|i| (l, i)))
    }

    pub fn place(&self, item: &str) -> Option<Place> {
        self.locate(item).map(|(l, index)| Place {
            list: self.lists[l].0.clone(),
            index,
        })
    }

    /// One step up or down: within its list, or onto the end of the list before (the start of
    /// the list after) when it is already first (last). Answers whether it moved.
    pub fn step(&mut self, item: &str, up: bool) -> bool {
        let Some((l, i)) = self.locate(item) else {
            return false;
        };
        let len = self.lists[l].1.len();
        if up && i > 0 {
            self.lists[l].1.swap(i, i - 1);
        } else if !up && i + 1 < len {
            self.lists[l].1.swap(i, i + 1);
        } else if up && l > 0 {
            let moving = self.lists[l].1.remove(i);
            self.lists[l - 1].1.push(moving);
        } else if !up && l + 1 < self.lists.len() {
            let moving = self.lists[l].1.remove(i);
            self.lists[l + 1].1.insert(0, moving);
        } else {
            return false;
        }
        true
    }

    /// Moves `item` into `list` at `index` (counted without the item itself; clamped to the
    /// end). Answers whether anything changed.
    pub fn move_to(&mut self, item: &str, list: &str, index: usize) -> bool {
        let Some((from_l, from_i)) = self.locate(item) else {
            return false;
        };
        let Some(to_l) = self.lists.iter().position(|(k, _)| k == list) else {
            return false;
        };
        let moving = self.lists[from_l].1.remove(from_i);
        let index = index.min(self.lists[to_l].1.len());
        self.lists[to_l].1.insert(index, moving);
        (from_l, from_i) != (to_l, index)
    }
}

/// Where a pointer at `y` would drop an item in a list whose other items' vertical midpoints are
/// `midpoints` (top to bottom): before the first item whose middle is below the pointer.
pub fn drop_index(midpoints: &[f64], y: f64) -> usize {
    midpoints.iter().take_while(|&&middle| middle < y).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lists() -> Lists {
        Lists {
            lists: vec![
                ("p1".into(), vec!["a".into(), "b".into()]),
                ("p2".into(), vec![]),
                ("p3".into(), vec!["c".into()]),
            ],
        }
    }

    fn layout(l: &Lists) -> Vec<Vec<&str>> {
        l.lists
            .iter()
            .map(|(_, items)| items.iter().map(String::as_str).collect())
            .collect()
    }

    #[test]
    fn steps_move_within_a_list_then_across_lists_including_empty_ones() {
        let mut l = lists();
        assert!(l.step("b", true));
        assert_eq!(layout(&l), [vec!["b", "a"], vec![], vec!["c"]]);
        assert!(!l.step("b", true), "already first of the first list");
        assert!(l.step("a", false));
        assert_eq!(layout(&l), [vec!["b"], vec!["a"], vec!["c"]]);
        assert!(l.step("a", false));
        assert_eq!(layout(&l), [vec!["b"], vec![], vec!["a", "c"]]);
        assert!(!l.step("c", false), "already last of the last list");
        assert_eq!(
            l.place("c"),
            Some(Place {
                list: "p3".into(),
                index: 1
            })
        );
        assert!(!l.step("gone", true));
    }

    #[test]
    fn moves_to_a_place_are_clamped_and_report_no_change() {
        let mut l = lists();
        assert!(l.move_to("a", "p2", 5));
        assert_eq!(layout(&l), [vec!["b"], vec!["a"], vec!["c"]]);
        assert!(!l.move_to("a", "p2", 0), "where it already is");
        assert!(!l.move_to("a", "nowhere", 0));
        assert!(!l.move_to("nothing", "p1", 0));
        assert!(l.move_to("c", "p1", 0));
        assert_eq!(layout(&l), [vec!["c", "b"], vec!["a"], vec![]]);
    }

    #[test]
    fn a_pointer_drops_before_the_first_item_whose_middle_is_below_it() {
        let middles = [10.0, 30.0, 50.0];
        assert_eq!(drop_index(&middles, 0.0), 0);
        assert_eq!(drop_index(&middles, 10.5), 1);
        assert_eq!(drop_index(&middles, 49.0), 2);
        assert_eq!(drop_index(&middles, 99.0), 3);
        assert_eq!(drop_index(&[], 5.0), 0);
    }
}
