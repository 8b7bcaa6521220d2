fn main() {
    layanan::start();
}
