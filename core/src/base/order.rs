//! Sorting with one compiled copy of the sort algorithm.
//!
//! The standard library's sorts are generic: every call site with its own element type or comparison gets its
//! own copy of the algorithm, 3–5 KB of wasm each. Sorting `(number, text, position)` keys instead gives the
//! whole app a single copy; the items then move into the keys' order. Stable: equal keys keep their order.

use std::borrow::Cow;

/// What an item sorts by: first the number, then the text.
pub type SortKey<'a> = (i64, Cow<'a, str>);

/// Sorts `items` by `key`, smallest first; items with equal keys keep their order.
pub fn sort_by<T>(items: &mut Vec<T>, key: impl for<'a> Fn(&'a T) -> SortKey<'a>) {
    let mut keys: Vec<(i64, Cow<str>, usize)> = items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let (number, text) = key(item);
            (number, text, i)
        })
        .collect();
    keys.sort_unstable();
    let order: Vec<usize> = keys.into_iter().map(|(_, _, i)| i).collect();
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.into_iter().filter_map(|i| slots[i].take()));
}

/// A key of a number alone.
pub fn number(n: impl TryInto<i64>) -> SortKey<'static> {
    (n.try_into().unwrap_or(i64::MAX), Cow::Borrowed(""))
}

/// A key of a text alone.
pub fn text(s: &str) -> SortKey<'_> {
    (0, Cow::Borrowed(s))
}

/// Texts in order, without repeats.
pub fn sorted_texts(mut texts: Vec<String>) -> Vec<String> {
    sort_by(&mut texts, |t| text(t));
    texts.dedup();
    texts
}

/// Items in the order a reader expects: by their shown name.
pub fn sorted_by_name<'a, T>(
    items: impl Iterator<Item = (&'a T, &'a super::lang::Text)>,
    lang: super::lang::Lang,
) -> Vec<&'a T> {
    let mut v: Vec<(&T, &super::lang::Text)> = items.collect();
    sort_by(&mut v, |(_, name)| (0, name.get(lang).to_lowercase().into()));
    v.into_iter().map(|(t, _)| t).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_by_number_then_text_and_keeps_ties_in_order() {
        let mut items = vec![(2, "b", 'x'), (1, "z", 'y'), (2, "a", 'z'), (1, "z", 'w')];
        sort_by(&mut items, |(n, s, _)| (*n, Cow::Borrowed(*s)));
        assert_eq!(items, vec![(1, "z", 'y'), (1, "z", 'w'), (2, "a", 'z'), (2, "b", 'x')]);
    }

    #[test]
    fn numbers_too_big_for_a_key_sort_last() {
        let mut items = vec![u64::MAX, 3, 1];
        sort_by(&mut items, |n| number(*n));
        assert_eq!(items, vec![1, 3, u64::MAX]);
    }

    #[test]
    fn texts_sort_and_lose_repeats() {
        let texts = vec!["tb:b".to_string(), "tb:a".into(), "tb:b".into()];
        assert_eq!(sorted_texts(texts), vec!["tb:a".to_string(), "tb:b".to_string()]);
    }
}
